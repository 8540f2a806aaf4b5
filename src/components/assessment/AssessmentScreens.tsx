import * as React from 'react';
import { AssessmentHome } from './AssessmentHome';
import { AssessmentWorkspace } from './AssessmentWorkspace';
import { readAddress, writeAddress } from './address';

/**
 * Which screen is shown: the site's assessments, or one assessment. The open assessment and
 * capability are kept in the page address, so a link pasted into a Teams chat opens at them and
 * the browser's Back button returns to the list.
 */
const AssessmentScreens: React.FC<{ headingLevel: number }> = ({ headingLevel }) => {
  const [place, setPlace] = React.useState(() => readAddress(window.location.href));
  React.useEffect(() => {
    const onPop = (): void => setPlace(readAddress(window.location.href));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = React.useCallback((next: { assessmentId: number | null; capability: string | null }) => {
    setPlace(next);
    writeAddress(next);
  }, []);

  if (place.assessmentId === null) return <AssessmentHome headingLevel={headingLevel + 1} onOpen={(assessmentId) => go({ assessmentId, capability: null })} />;
  return (
    <AssessmentWorkspace
      assessmentId={place.assessmentId}
      capability={place.capability}
      headingLevel={headingLevel + 1}
      onBack={() => go({ assessmentId: null, capability: null })}
      onCapability={(capability) => go({ assessmentId: place.assessmentId, capability })}
    />
  );
};

export default AssessmentScreens;
