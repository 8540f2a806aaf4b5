import * as React from 'react';
import { ChoiceGroup, DefaultButton, Dropdown, getId, type IChoiceGroupOption, type IDropdownOption, MessageBar, MessageBarType, PrimaryButton, ProgressIndicator, TextField, useTheme } from '@fluentui/react';
import { isStoreError } from '../../../data/errors';
import type { EvidenceItem, EvidenceTarget, LibraryDocument } from '../../../data/types';
import { EvidenceStrings as strings, formatString } from '../../../loc/strings';
import type { Capability } from '../../../nimm';
import { Heading } from '../../shared/Heading';
import { errorText, useStore } from '../../shell';
import { getAssessmentClassNames } from '../assessment.styles';
import { DocumentPicker } from './DocumentPicker';
import { getEvidenceClassNames, wrappingDropdownStyles } from './evidence.styles';
import { criterionOptions, evidenceName, progressText, sizeText } from './evidenceText';

export interface IAddEvidenceProps {
  assessmentId: number;
  capability: Capability;
  headingLevel: number;
  /** Called with each piece of evidence once the store has it. */
  onAdded: (item: EvidenceItem) => void;
}

type Mode = 'file' | 'link' | 'document';

interface Upload {
  name: string;
  sent: number;
  total: number;
  done: boolean;
}

/** A refusal, and where it is shown: under the field it is about, or above the buttons. */
interface Refusal {
  message: string;
  field: 'file' | 'address' | null;
}

/**
 * Adding evidence three ways: uploading a file, linking a web address, or choosing a document
 * already on the site. What it backs (the whole capability or one criterion), its description
 * and its expiry are entered once, above, for whichever way is chosen. A refusal keeps everything
 * typed and chosen, so the person can put right only what the message names.
 */
export const AddEvidence: React.FC<IAddEvidenceProps> = ({ assessmentId, capability, headingLevel, onAdded }) => {
  const theme = useTheme();
  const classNames = getEvidenceClassNames(theme);
  const store = useStore();
  // Unique on the page, even with two assessment web parts showing the same capability.
  const [ids] = React.useState(() => getId('nimm-evidence-add'));
  const [mode, setMode] = React.useState<Mode>('file');
  const [criterion, setCriterion] = React.useState('');
  const [description, setDescription] = React.useState('');
  const [expires, setExpires] = React.useState('');
  const [file, setFile] = React.useState<File | null>(null);
  const [linkTitle, setLinkTitle] = React.useState('');
  const [linkUrl, setLinkUrl] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [upload, setUpload] = React.useState<Upload | null>(null);
  const [refusal, setRefusal] = React.useState<Refusal | null>(null);
  const [announcement, setAnnouncement] = React.useState('');
  const fileInput = React.useRef<HTMLInputElement | null>(null);
  const alive = React.useRef(true);
  React.useEffect(
    () => () => {
      alive.current = false;
    },
    []
  );

  const criterionChoices: IDropdownOption[] = [{ key: '', text: strings.WholeCapability }, ...criterionOptions(capability)];
  const modes: IChoiceGroupOption[] = [
    { key: 'file', text: strings.HowFile },
    { key: 'link', text: strings.HowLink },
    { key: 'document', text: strings.HowDocument }
  ];

  const target = (): EvidenceTarget => ({
    assessmentId,
    capability: capability.key,
    criterion: criterion || null,
    description: description.trim(),
    expires: expires || null
  });

  /**
   * Runs one add; on success clears the form (the choice of way stays), on refusal keeps it and
   * shows the store's message where `placeFor` says.
   */
  const add = (run: () => Promise<EvidenceItem>, placeFor: (error: unknown) => Refusal['field'], after?: () => void): void => {
    setBusy(true);
    setRefusal(null);
    setAnnouncement(strings.Adding);
    // Through a promise, so a store that throws at once is handled like one that rejects.
    Promise.resolve()
      .then(run)
      .then(
        (item) => {
          if (!alive.current) return;
          setBusy(false);
          setCriterion('');
          setDescription('');
          setExpires('');
          setLinkTitle('');
          setLinkUrl('');
          setFile(null);
          if (fileInput.current) fileInput.current.value = '';
          if (after) after();
          setAnnouncement(formatString(strings.Added, evidenceName(item)));
          onAdded(item);
        },
        (error: unknown) => {
          if (!alive.current) return;
          setBusy(false);
          setUpload(null);
          setAnnouncement('');
          setRefusal({ message: errorText(error), field: placeFor(error) });
        }
      );
  };

  const uploadFile = (): void => {
    if (!file) {
      setRefusal({ message: strings.FileRequired, field: 'file' });
      return;
    }
    const chosen = file;
    setUpload({ name: chosen.name, sent: 0, total: chosen.size, done: false });
    add(
      () =>
        store.uploadEvidence({
          ...target(),
          fileName: chosen.name,
          content: chosen,
          onProgress: (p) => {
            if (alive.current) setUpload({ name: chosen.name, sent: p.sentBytes, total: p.totalBytes, done: false });
          }
        }),
      () => null,
      // The finished bar stays until the next upload, so the end of a long upload can be seen.
      () => setUpload({ name: chosen.name, sent: chosen.size, total: chosen.size, done: true })
    );
  };

  const linkAddress = (): void => {
    if (!linkUrl.trim()) {
      setRefusal({ message: strings.LinkUrlRequired, field: 'address' });
      return;
    }
    // The store is the one judge of an address (http and https only); what it refuses is about
    // the address, so its message goes under that field. Other refusals (rights, a name already
    // used) are about the whole request.
    setUpload(null);
    add(
      () => store.linkEvidence({ ...target(), title: linkTitle.trim(), url: linkUrl.trim() }),
      (error) => (isStoreError(error) && error.kind === 'invalid-data' ? 'address' : null)
    );
  };

  const chooseDocument = (document: LibraryDocument): void => {
    setUpload(null);
    add(() => store.linkExistingDocument({ ...target(), serverRelativeUrl: document.serverRelativeUrl }), () => null);
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (busy) return;
    if (mode === 'file') uploadFile();
    else if (mode === 'link') linkAddress();
  };

  const addressError = refusal && refusal.field === 'address' ? refusal.message : undefined;
  const fileError = refusal && refusal.field === 'file' ? refusal.message : undefined;
  const generalError = refusal && refusal.field === null ? refusal.message : undefined;
  const fileDescribedBy = `${ids}-file-chosen${fileError ? ` ${ids}-file-error` : ''}`;

  return (
    <>
      <Heading level={headingLevel} className={getAssessmentClassNames(theme).minorHeading}>
        {strings.AddHeading}
      </Heading>
      <form className={classNames.form} noValidate onSubmit={onSubmit}>
        <ChoiceGroup
          label={strings.HowLabel}
          options={modes}
          selectedKey={mode}
          styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', gap: '4px 16px' } }}
          onChange={(_e, o) => {
            if (!o) return;
            setMode(o.key as Mode);
            setRefusal(null);
          }}
        />
        <Dropdown
          label={strings.CriterionLabel}
          options={criterionChoices}
          selectedKey={criterion}
          styles={wrappingDropdownStyles}
          onChange={(_e, o) => setCriterion(o ? String(o.key) : '')}
        />
        <TextField label={strings.DescriptionLabel} description={strings.DescriptionHint} multiline autoAdjustHeight value={description} onChange={(_e, v) => setDescription(v ?? '')} />
        <TextField label={strings.ExpiresLabel} description={strings.ExpiresHint} type="date" value={expires} onChange={(_e, v) => setExpires(v ?? '')} />

        {mode === 'file' ? (
          <div role="group" aria-labelledby={`${ids}-file-label`}>
            <p className={classNames.name} id={`${ids}-file-label`}>
              {strings.FileLabel}
            </p>
            <div className={classNames.actions}>
              {/* Fluent has no file picker: a hidden native input does the choosing, opened by a
                  labelled button that looks and behaves like every other button. */}
              <input
                ref={fileInput}
                type="file"
                className={classNames.hiddenInput}
                tabIndex={-1}
                aria-hidden="true"
                onChange={(e) => {
                  const chosen = e.target.files && e.target.files.length > 0 ? e.target.files[0] : null;
                  if (chosen) {
                    setFile(chosen);
                    setRefusal(null);
                  }
                }}
              />
              <DefaultButton
                text={file ? strings.ChooseAnotherFile : strings.ChooseFile}
                aria-describedby={fileDescribedBy}
                disabled={busy}
                onClick={() => fileInput.current && fileInput.current.click()}
              />
              <span id={`${ids}-file-chosen`} className={classNames.fileName}>
                {file ? formatString(strings.FileChosen, file.name, sizeText(file.size)) : strings.NoFileChosen}
              </span>
            </div>
            {fileError ? (
              <p id={`${ids}-file-error`} className={classNames.expired}>
                {fileError}
              </p>
            ) : null}
            <div className={classNames.actions}>
              <PrimaryButton type="submit" text={strings.UploadButton} disabled={busy} />
            </div>
          </div>
        ) : null}

        {mode === 'link' ? (
          <>
            <TextField label={strings.LinkTitleLabel} description={strings.LinkTitleHint} value={linkTitle} maxLength={200} onChange={(_e, v) => setLinkTitle(v ?? '')} />
            <TextField
              label={strings.LinkUrlLabel}
              type="url"
              required
              placeholder={strings.LinkUrlPlaceholder}
              value={linkUrl}
              errorMessage={addressError}
              onChange={(_e, v) => {
                setLinkUrl(v ?? '');
                if (addressError) setRefusal(null);
              }}
            />
            <div className={classNames.actions}>
              <PrimaryButton type="submit" text={strings.LinkButton} disabled={busy} />
            </div>
          </>
        ) : null}

        {mode === 'document' ? <DocumentPicker disabled={busy} onChoose={chooseDocument} /> : null}

        {/* Always in the page, so screen readers hear each change: upload progress, then the outcome. */}
        <div aria-live="polite">
          {upload && mode === 'file' ? (
            <ProgressIndicator
              label={formatString(upload.done ? strings.Uploaded : strings.Uploading, upload.name)}
              description={progressText(upload.sent, upload.total)}
              percentComplete={upload.total > 0 ? upload.sent / upload.total : upload.done ? 1 : 0}
              ariaValueText={progressText(upload.sent, upload.total)}
            />
          ) : null}
        </div>
        <p className={classNames.status} role="status" aria-live="polite" aria-atomic="true">
          {announcement}
        </p>
        {generalError ? (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {generalError}
          </MessageBar>
        ) : null}
      </form>
    </>
  );
};
