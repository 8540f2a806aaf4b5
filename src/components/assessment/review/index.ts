export { PersonPicker, type IPersonPickerProps, type PickedPerson } from './PersonPicker';
export { ReviewPanel, SentBackNotice, agreedText, type IReviewPanelProps, type ISentBackNoticeProps } from './ReviewPanel';
export { ResponseHistory, type IResponseHistoryProps } from './ResponseHistory';
export { isPerson, reviewRight, type ReviewRight } from './reviewRules';
export { dateTimeText, historyContext, levelWords, savedText, versionChanges, versionFacts, type HistoryContext } from './historyText';
