import * as React from 'react';
import { DefaultButton, getId, type IButton, MessageBar, MessageBarType, PrimaryButton, TextField, type ITextField, useTheme } from '@fluentui/react';
import type { CurrentUser, ResponseDraft, ResponseStatus, StoredResponse } from '../../../data/types';
import { AssessmentStrings, formatString, ReviewStrings as strings } from '../../../loc/strings';
import { Heading } from '../../shared/Heading';
import { getAssessmentClassNames } from '../assessment.styles';
import { statusText } from '../assessmentText';
import { dateText } from '../../shell/dates';
import { PersonPicker, type PickedPerson } from './PersonPicker';
import { reviewRight } from './reviewRules';

export interface IReviewPanelProps {
  draft: ResponseDraft;
  /** The response as stored: who agreed it and when. Null before the first save. */
  response: StoredResponse | null;
  user: CurrentUser;
  /** A visitor, or a closed assessment: where the review stands is shown, nothing is offered. */
  readOnly: boolean;
  /** The screen's rationale rule: an agreed level that differs from the answers' needs a rationale. */
  rationaleMissing: boolean;
  headingLevel: number;
  /** The screen's autosaving edit (useResponseSaver's `edit`). */
  edit: (change: (draft: ResponseDraft) => ResponseDraft) => void;
}

/** Statuses from which the work can be put forward for review. */
const BEFORE_REVIEW: readonly ResponseStatus[] = ['not-started', 'in-progress', 'not-applicable'];

/** "Agreed by Olivia Owen on 4 March 2026.", saying only what is known. */
export function agreedText(by: string, at: string | null): string {
  const day = at ? dateText(at) : '';
  if (by && day) return formatString(strings.AgreedByOn, by, day);
  if (by) return formatString(strings.AgreedBy, by);
  if (day) return formatString(strings.AgreedOn, day);
  return strings.AgreedUnknown;
}

export interface ISentBackNoticeProps {
  draft: ResponseDraft;
}

/**
 * The reviewer's comment on work sent back, shown until the work is marked ready for review
 * again (which clears it). Exported on its own so the screen can also show it near its top.
 */
export const SentBackNotice: React.FC<ISentBackNoticeProps> = ({ draft }) => {
  const comment = draft.reviewComment.trim();
  if (comment === '' || draft.status === 'ready-for-review' || draft.status === 'agreed') return null;
  return (
    <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline={true}>
      <strong>{strings.SentBackHeading}</strong>
      <span style={{ display: 'block', whiteSpace: 'pre-wrap' }}>{comment}</span>
      <span style={{ display: 'block' }}>{strings.SentBackHint}</span>
    </MessageBar>
  );
};

/**
 * A capability's review: its reviewer, where the review stands, and what the signed-in person
 * may do next. A member marks the work ready for review (the rationale rule must be met); the
 * named reviewer or a site owner agrees it (the store records who and when) or sends it back
 * with a comment, which is required; anyone who may edit can reopen agreed work.
 *
 * Who may agree is decided here, not by the store (see reviewRules.ts): it guides the team, and
 * the store's record of who agreed, with SharePoint's version history, keeps it honest.
 */
export const ReviewPanel: React.FC<IReviewPanelProps> = ({ draft, response, user, readOnly, rationaleMissing, headingLevel, edit }) => {
  const classNames = getAssessmentClassNames(useTheme());
  // Unique per panel: two assessment web parts on one page may each have a capability open.
  const [headingId] = React.useState(() => getId('nimm-review-heading'));
  const [sendingBack, setSendingBack] = React.useState(false);
  const [comment, setComment] = React.useState('');
  const [commentError, setCommentError] = React.useState<string | undefined>(undefined);
  const statusLine = React.useRef<HTMLParagraphElement | null>(null);
  const commentField = React.useRef<ITextField | null>(null);
  const sendBackButton = React.useRef<IButton | null>(null);
  // The button pressed goes away as the status changes: focus then moves to the status line,
  // which says what happened, instead of being dropped on the page.
  const focusStatus = React.useRef(false);
  React.useEffect(() => {
    if (focusStatus.current) {
      focusStatus.current = false;
      statusLine.current?.focus();
    }
  }, [draft.status]);
  React.useEffect(() => {
    if (sendingBack) commentField.current?.focus();
  }, [sendingBack]);

  const status = draft.status;
  const locked = status === 'agreed';
  const right = reviewRight(draft, user);
  const move = (change: (d: ResponseDraft) => ResponseDraft): void => {
    focusStatus.current = true;
    edit(change);
  };
  const setReviewer = (person: PickedPerson): void =>
    edit((d) => ({ ...d, reviewer: person.name, reviewerLogin: person.login, status: d.status === 'not-started' ? 'in-progress' : d.status }));

  const closeSendBack = (): void => {
    setSendingBack(false);
    setComment('');
    setCommentError(undefined);
  };
  const sendBack = (): void => {
    const text = comment.trim();
    if (text === '') {
      setCommentError(strings.SendBackCommentRequired);
      commentField.current?.focus();
      return;
    }
    closeSendBack();
    move((d) => ({ ...d, status: 'in-progress', reviewComment: text }));
  };

  // Agreement as stored; while the save that agrees it is still on its way, it is "Agreed." alone.
  const agreed = locked ? agreedText(response?.status === 'agreed' ? response.agreedBy : '', response?.status === 'agreed' ? response.agreedAt : null) : null;
  const waiting = status === 'ready-for-review' ? (draft.reviewer.trim() ? formatString(strings.WaitingForReviewer, draft.reviewer.trim()) : strings.WaitingForSiteOwner) : null;

  return (
    <section aria-labelledby={headingId}>
      <Heading level={headingLevel} className={classNames.subHeading} id={headingId}>
        {strings.ReviewHeading}
      </Heading>
      <SentBackNotice draft={draft} />
      <PersonPicker label={strings.ReviewerLabel} person={{ name: draft.reviewer, login: draft.reviewerLogin }} disabled={readOnly || locked} onChange={setReviewer} />
      <p ref={statusLine} tabIndex={-1} role="status" aria-live="polite" className={classNames.paragraph} style={{ marginTop: 8 }}>
        <strong>{formatString(strings.StatusLine, statusText(status))}</strong>
        {waiting ? ` ${waiting}` : null}
      </p>
      {agreed ? (
        <MessageBar messageBarType={MessageBarType.success} isMultiline={true}>
          {agreed}
          {!readOnly ? ` ${strings.LockedHint}` : null}
        </MessageBar>
      ) : null}
      {!readOnly && BEFORE_REVIEW.indexOf(status) >= 0 ? <p className={classNames.muted}>{strings.ReviewIntro}</p> : null}

      {!readOnly ? (
        <div className={classNames.actions}>
          {BEFORE_REVIEW.indexOf(status) >= 0 ? (
            <DefaultButton text={AssessmentStrings.MarkReady} disabled={rationaleMissing} onClick={() => move((d) => ({ ...d, status: 'ready-for-review', reviewComment: '' }))} />
          ) : null}
          {status === 'ready-for-review' && right.may ? (
            <>
              <PrimaryButton text={AssessmentStrings.Agree} disabled={rationaleMissing} onClick={() => move((d) => ({ ...d, status: 'agreed' }))} />
              <DefaultButton componentRef={sendBackButton} text={strings.SendBack} onClick={() => setSendingBack(true)} />
            </>
          ) : null}
          {status === 'ready-for-review' ? <DefaultButton text={AssessmentStrings.MarkInProgress} onClick={() => move((d) => ({ ...d, status: 'in-progress' }))} /> : null}
          {/* Reopening changes the status only: the store refuses any other change to agreed work. */}
          {locked ? <DefaultButton text={AssessmentStrings.Reopen} onClick={() => move((d) => ({ ...d, status: 'in-progress' }))} /> : null}
        </div>
      ) : null}
      {!readOnly && status === 'ready-for-review' && !right.may && right.reason ? <p className={classNames.paragraph}>{right.reason}</p> : null}

      {sendingBack && status === 'ready-for-review' && right.may ? (
        <div className={classNames.form}>
          <TextField
            componentRef={commentField}
            label={strings.SendBackCommentLabel}
            description={strings.SendBackCommentHint}
            multiline
            autoAdjustHeight
            required
            value={comment}
            errorMessage={commentError}
            onChange={(_e, v) => {
              setComment(v ?? '');
              if ((v ?? '').trim() !== '') setCommentError(undefined);
            }}
          />
          <div className={classNames.actions}>
            <PrimaryButton text={strings.SendBackConfirm} onClick={sendBack} />
            <DefaultButton
              text={strings.SendBackCancel}
              onClick={() => {
                closeSendBack();
                sendBackButton.current?.focus();
              }}
            />
          </div>
        </div>
      ) : null}
    </section>
  );
};
