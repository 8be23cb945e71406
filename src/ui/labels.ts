/** Words shown to people for the engine's codes; shared by the popup, the badge and the CLI. */
import type {
  Dimension,
  ExpectedPay,
  PostingSource,
  Result,
  SectionKind,
  Seniority,
  Side,
  Verdict,
} from '../schema';

export const VERDICT_LABEL: Record<Verdict, string> = {
  pmo: 'PMO-leaning',
  pm: 'PM-leaning',
  hybrid: 'Hybrid PMO / PM',
  neither: 'Neither PMO nor PM',
};

/** Toolbar badges hold about four characters. */
export const VERDICT_BADGE: Record<Verdict, string> = { pmo: 'PMO', pm: 'PM', hybrid: 'MIX', neither: '—' };

/** Badge colours; white text on each passes WCAG AA (contrast ≥ 4.5:1). */
export const VERDICT_COLOUR: Record<Verdict, string> = {
  pmo: '#5b21b6',
  pm: '#0f5f8c',
  hybrid: '#8a4b08',
  neither: '#4b5563',
};

export const SIDE_LABEL: Record<Side, string> = { pmo: 'PMO', pm: 'PM', neither: 'Other role' };

export const DIMENSION_LABEL: Record<Dimension, string> = {
  scope: 'Scope',
  responsibilities: 'Responsibilities',
  decisions: 'Decision-making',
  reporting: 'Monitoring & reporting',
  resources_risk: 'Resources & risk',
  tools: 'Tools',
  skills: 'Skills',
  credentials: 'Credentials',
  stance: 'Stance',
  title: 'Job title',
  other_role: 'Another role',
};

export const SENIORITY_LABEL: Record<Seniority, string> = {
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  lead: 'Lead / head',
  unknown: 'Seniority not stated',
};

export const SOURCE_LABEL: Record<PostingSource, string> = {
  jsonld: 'structured data (schema.org JobPosting)',
  microdata: 'structured data (schema.org microdata)',
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  glassdoor: 'Glassdoor',
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  workday: 'Workday',
  ashby: 'Ashby',
  smartrecruiters: 'SmartRecruiters',
  workable: 'Workable',
  reed: 'Reed',
  stepstone: 'Totaljobs / StepStone',
  welcometothejungle: 'Welcome to the Jungle',
  generic: 'the page’s main content',
  text: 'plain text',
  selection: 'your selection',
  paste: 'pasted text',
};

export function verdictHeadline(result: Pick<Result, 'verdict' | 'pmoType' | 'classification'>): string {
  const base = VERDICT_LABEL[result.verdict];
  if (result.verdict === 'pmo' && result.pmoType)
    return `${base} (${result.pmoType === 'lead' ? 'PMO lead' : 'PMO support'})`;
  if (result.verdict === 'hybrid' && result.classification.dominant) {
    return `${base}, mostly ${result.classification.dominant === 'pmo' ? 'PMO' : 'PM'}`;
  }
  if (result.verdict === 'neither' && result.classification.looksLike)
    return `${base}: looks like ${result.classification.looksLike}`;
  return base;
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** The pay table's role families, as the pay card names them. */
export const FAMILY_LABEL: Record<ExpectedPay['family'], string> = {
  pm: 'project manager',
  pmo_support: 'PMO support',
  pmo_lead: 'PMO lead',
};

export const EMPLOYMENT_LABEL: Record<ExpectedPay['employment'], string> = {
  perm: 'permanent',
  contract: 'contract',
};

/** What each side's evidence points to, as the popup's headings say it. */
export const SIDE_POINTS_TO: Record<Side, string> = {
  pmo: 'Points to PMO',
  pm: 'Points to project manager',
  neither: 'Points to another role',
};

/** Evidence tags of the pay sources (research/pay-data.md), in words; unknown tags are shown as given. */
export const SOURCE_QUALITY_LABEL: Record<string, string> = {
  P: 'read at the publisher',
  PR: 'publisher’s press release',
  S: 'secondary page citing the publisher',
  'S-low': 'secondary page of doubtful quality',
  D: 'derived from published figures',
  Seed: 'unverified seed figure',
};

/** Where in the ad a piece of evidence stood, as the all-evidence view says it; "other" says nothing. */
export const SECTION_LABEL: Record<SectionKind, string | null> = {
  duties: 'in the duties',
  requirements: 'in the requirements',
  about: 'in the company blurb',
  benefits: 'in the benefits',
  legal: 'in the legal text',
  apply: 'in how to apply',
  other: null,
};
