/**
 * The words people type for the same idea, so a search for "SSO" finds "single sign-on" and a
 * search for "single sign-on" finds a mention of "SSO". Kept as data, apart from the search code,
 * so it can grow without touching how search works.
 *
 * How to extend it:
 * - Add a new group, or add a phrase to an existing group. Every phrase in a group stands for
 *   every other (both ways). A phrase may sit in more than one group: it then expands to the
 *   phrases of all of them, but the groups are not merged ("LAN" and "WAN" both lead to
 *   "network", yet "LAN" does not lead to "WAN").
 * - Write acronyms in capitals ("EPR", "2FA"). An acronym matches whole words only (and its
 *   plural, "EPRs"), so "AV" does not find "available" and "DR" does not find "drive". Anything
 *   else is written in lower case and also matches the start of longer words ("backup" finds
 *   "backups").
 * - Write phrases as people write them, hyphens included ("wi-fi", "back-up"): search finds
 *   "wi-fi", "wi fi" and "wifi" alike. Case and accents never matter.
 * - Keep groups narrow: a broad word ("system", "data") in a group makes every phrase in it find
 *   half the model. Add a test in tests/nimm/assessmentUi.search.test.ts for what the new group
 *   should find in the default model.
 */

/** A set of phrases that mean the same thing for searching. */
export type SynonymGroup = readonly string[];

/** The default groups, for NHS infrastructure teams. */
export const SEARCH_SYNONYMS: readonly SynonymGroup[] = [
  // Clinical systems
  ['EPR', 'EHR', 'electronic patient record', 'electronic health record', 'patient record'],

  // Identity and sign-in
  ['SSO', 'single sign-on', 'single signon'],
  ['MFA', '2FA', 'multi-factor authentication', 'multi-factor', 'two-factor authentication', 'two-factor', 'second factor', 'strong sign-in', 'strong authentication'],
  ['IAM', 'identity and access management', 'identity management', 'access management'],
  ['PKI', 'public key infrastructure', 'certificate', 'digital certificate'],

  // Continuity and recovery
  ['DR', 'disaster recovery', 'recovery', 'service continuity'],
  ['BCP', 'business continuity', 'business continuity plan', 'continuity plan'],
  ['backup', 'back-up', 'back up', 'backed up'],

  // Service management
  ['CMDB', 'configuration management database', 'configuration database', 'configuration record'],
  ['ITSM', 'IT service management', 'service management', 'service desk', 'help desk', 'helpdesk'],
  ['patching', 'patch', 'update management', 'security updates', 'software updates'],

  // Networks
  ['LAN', 'local area network', 'network'],
  ['WAN', 'wide area network', 'network'],
  ['wi-fi', 'wireless', 'WLAN', 'wireless network'],
  ['HSCN', 'Health and Social Care Network'],

  // Security
  ['AV', 'antivirus', 'anti-virus', 'malware', 'anti-malware', 'virus'],
  ['SIEM', 'security information and event management', 'security monitoring', 'SOC', 'security operations centre'],
  ['DSPT', 'DSP toolkit', 'Data Security and Protection Toolkit'],

  // Devices and desktops
  ['VDI', 'virtual desktop', 'virtual desktop infrastructure', 'desktop virtualisation'],
  ['MDM', 'mobile device management', 'EMM', 'enterprise mobility management'],

  // Spelling: people in the NHS write both
  ['virtualisation', 'virtualization']
];
