export { EvidencePanel, type IEvidencePanelProps } from './EvidencePanel';
