export { WorkshopPanel, type IWorkshopPanelProps } from './WorkshopPanel';
export { WorkshopTable, type IWorkshopTableProps } from './WorkshopTable';
