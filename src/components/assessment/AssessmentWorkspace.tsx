import * as React from 'react';
import { ActionButton, Checkbox, Dropdown, type IDropdownOption, MessageBar, ProgressIndicator, SearchBox, useTheme } from '@fluentui/react';
import type { AssessmentView, ResponseStatus, StoredResponse } from '../../data/types';
import { domainAssessment } from '../../data/mappers/domainAssessment';
import { AssessmentStrings as strings, formatString } from '../../loc/strings';
import { assessmentProgress, scoreAssessment, searchCapabilities, WORKFLOW_STATUSES, type AssessmentScope } from '../../nimm';
import { Heading } from '../shared/Heading';
import { DataIssuesNotice, DataView, useStoreData } from '../shell';
import { statusText } from './assessmentText';
import { isPerson } from './review/reviewRules';
import { getAssessmentClassNames } from './assessment.styles';
import { BudgetSplitSection } from './BudgetSplitSection';
import { CapabilityAssessor } from './CapabilityAssessor';

export interface IAssessmentWorkspaceProps {
  assessmentId: number;
  /** The capability open, from the page address. */
  capability: string | null;
  headingLevel: number;
  onBack: () => void;
  onCapability: (capability: string | null) => void;
}

interface Filters {
  text: string;
  status: ResponseStatus | '';
  category: string;
  mine: boolean;
  foundation: boolean;
}

const NO_FILTERS: Filters = { text: '', status: '', category: '', mine: false, foundation: false };

/** One assessment: progress, a findable list of its capabilities, and the capability being assessed. */
export const AssessmentWorkspace: React.FC<IAssessmentWorkspaceProps> = (props) => {
  const { state, retry } = useStoreData((store) => store.loadAssessmentView(props.assessmentId), { key: props.assessmentId });
  return (
    <DataView state={state} onRetry={retry} loadingLabel={strings.LoadingAssessment} failedLabel={strings.LoadAssessmentFailed}>
      {(view) => <Workspace {...props} view={view} />}
    </DataView>
  );
};

const Workspace: React.FC<IAssessmentWorkspaceProps & { view: AssessmentView }> = ({ view, capability, headingLevel, onBack, onCapability }) => {
  const classNames = getAssessmentClassNames(useTheme());
  const [responses, setResponses] = React.useState<StoredResponse[]>(view.responses);
  const [filters, setFilters] = React.useState<Filters>(NO_FILTERS);
  const { model, assessment, user } = view;
  const scope: AssessmentScope = assessment.inScope ?? { kind: 'all' };

  const byCapability = React.useMemo(() => new Map(responses.map((r) => [r.capability, r])), [responses]);
  const progress = React.useMemo(() => assessmentProgress(model, responses, scope), [model, responses, scope]);
  const report = React.useMemo(
    () =>
      scoreAssessment(model, domainAssessment(model, assessment, responses)),
    [model, assessment, responses]
  );

  const onSaved = React.useCallback((saved: StoredResponse) => {
    setResponses((now) => [...now.filter((r) => r.capability !== saved.capability), saved]);
  }, []);

  const inScope = new Set(progress.scope);
  const matches = React.useMemo(() => {
    const found = filters.text.trim() ? searchCapabilities(model, filters.text) : model.capabilities.map((c) => ({ capability: c.key, matchedIn: 'name' as const }));
    return found.filter((m) => {
      const c = model.capabilities.find((x) => x.key === m.capability);
      if (!c || !inScope.has(c.key)) return false;
      const r = byCapability.get(c.key);
      if (filters.status && progress.statuses[c.key] !== filters.status) return false;
      if (filters.category && c.category !== filters.category) return false;
      if (filters.foundation && !c.foundation) return false;
      // By login when the owner was picked from the site's people, by name when typed by hand.
      if (filters.mine && !(r && isPerson(r.owner, r.ownerLogin, user))) return false;
      return true;
    });
  }, [filters, model, byCapability, progress, user, inScope]);

  const open = capability ? model.capabilities.find((c) => c.key === capability) ?? null : null;
  const readOnly = !user.can.edit || assessment.status === 'closed';

  const statusOptions: IDropdownOption[] = [{ key: '', text: strings.AllStatuses }, ...WORKFLOW_STATUSES.map((s) => ({ key: s, text: statusText(s) }))];
  const categoryOptions: IDropdownOption[] = [{ key: '', text: strings.AllCategories }, ...model.categories.map((c) => ({ key: c.key, text: c.name }))];

  return (
    <>
      <ActionButton iconProps={{ iconName: 'Back' }} text={strings.BackToList} onClick={onBack} />
      <Heading level={headingLevel} className={classNames.sectionHeading}>
        {formatString(strings.AssessmentItem, assessment.title, assessment.scope || strings.ScopeDefault)}
      </Heading>
      {!user.can.edit ? <MessageBar isMultiline={true}>{strings.ReadOnlyVisitor}</MessageBar> : null}
      {assessment.status === 'closed' ? <MessageBar isMultiline={true}>{strings.ReadOnlyClosed}</MessageBar> : null}
      <DataIssuesNotice issues={view.issues} canFix={user.can.setUp} />
      <ProgressIndicator
        label={strings.ProgressLabel}
        description={formatString(strings.ProgressSummary, progress.complete, progress.capabilities, progress.byStatus.agreed + progress.byStatus['not-applicable'], progress.answeredCriteria, progress.criteria)}
        percentComplete={(progress.percentComplete ?? 0) / 100}
      />
      <BudgetSplitSection assessment={assessment} canEdit={user.can.edit} headingLevel={headingLevel + 1} />

      {open ? (
        <CapabilityAssessor
          key={open.key}
          view={view}
          capability={open}
          response={byCapability.get(open.key) ?? null}
          readOnly={readOnly}
          headingLevel={headingLevel + 1}
          onSaved={onSaved}
          onOpen={(key) => onCapability(key)}
          onClose={() => onCapability(null)}
        />
      ) : null}

      <Heading level={headingLevel + 1} className={classNames.subHeading}>
        {strings.FiltersHeading}
      </Heading>
      <div className={classNames.filters} role="search">
        <div className={classNames.filter}>
          <SearchBox ariaLabel={strings.SearchLabel} placeholder={strings.SearchPlaceholder} value={filters.text} onChange={(_e, v) => setFilters((f) => ({ ...f, text: v ?? '' }))} />
        </div>
        <Dropdown className={classNames.filter} label={strings.StatusFilterLabel} options={statusOptions} selectedKey={filters.status} onChange={(_e, o) => setFilters((f) => ({ ...f, status: (o?.key ?? '') as ResponseStatus | '' }))} />
        <Dropdown className={classNames.filter} label={strings.CategoryFilterLabel} options={categoryOptions} selectedKey={filters.category} onChange={(_e, o) => setFilters((f) => ({ ...f, category: String(o?.key ?? '') }))} />
        <Checkbox label={strings.MineOnly} checked={filters.mine} onChange={(_e, v) => setFilters((f) => ({ ...f, mine: !!v }))} />
        <Checkbox label={strings.FoundationOnly} checked={filters.foundation} onChange={(_e, v) => setFilters((f) => ({ ...f, foundation: !!v }))} />
      </div>
      <p role="status" aria-live="polite" className={classNames.muted}>
        {formatString(strings.MatchCount, matches.length, progress.scope.length)}
      </p>
      {matches.length === 0 ? <p className={classNames.paragraph}>{strings.NoMatch}</p> : null}
      {model.categories.map((category) => {
        const rows = matches.filter((m) => model.capabilities.find((c) => c.key === m.capability)?.category === category.key);
        if (rows.length === 0) return null;
        return (
          <section key={category.key}>
            <Heading level={headingLevel + 2} className={classNames.minorHeading}>
              {category.name}
            </Heading>
            <ul className={classNames.list}>
              {rows.map((m) => {
                const c = model.capabilities.find((x) => x.key === m.capability)!;
                const r = byCapability.get(c.key);
                const score = report.capabilities[c.key];
                const level = score && score.effectiveLevel !== null ? formatString(strings.LevelText, score.effectiveLevel) : strings.NotApplicableLevel;
                return (
                  <li key={c.key} className={classNames.listItem}>
                    <div className={classNames.grow}>
                      <button type="button" className={classNames.capabilityButton} aria-current={open?.key === c.key ? 'true' : undefined} onClick={() => onCapability(c.key)}>
                        {c.name}
                        {c.foundation ? `, ${strings.FoundationBadge.toLowerCase()} capability` : ''}
                      </button>{' '}
                      {m.matchedIn === 'criteria' ? <span className={classNames.muted}>({strings.MatchedInCriteria})</span> : null}
                    </div>
                    <span className={classNames.status}>{statusText(progress.statuses[c.key])}</span>
                    <span>{level}</span>
                    {r && r.owner ? <span className={classNames.muted}>{formatString(strings.OwnerText, r.owner)}</span> : null}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
};
