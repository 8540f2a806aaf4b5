import { dateText, timeText } from '../../src/components/shell';

describe('dates for people', () => {
  it('writes a date-only value as that calendar day, in UK English', () => {
    expect(dateText('2026-03-04')).toBe('4 March 2026');
  });

  it('writes a full timestamp as a day', () => {
    expect(dateText('2026-12-01T09:30:00Z')).toBe('1 December 2026');
  });

  it('gives back a value that is not a date as it was', () => {
    expect(dateText('next Tuesday')).toBe('next Tuesday');
  });

  it('writes a time of day with hours and minutes', () => {
    expect(timeText(new Date(2026, 11, 1, 14, 5))).toBe('14:05');
  });
});
