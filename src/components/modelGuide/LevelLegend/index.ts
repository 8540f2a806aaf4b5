export { LevelLegend } from './LevelLegend';
export type { ILevelLegendProps } from './ILevelLegendProps';
