/**
 * ISCO-08 (the ILO's International Standard Classification of Occupations,
 * 2008): the ten major groups and their 43 sub-major groups. Advisers and
 * partner programmes speak ISCO, so occupations are stored as its codes; the
 * person picks from short titles (`isco.major.<code>.title`, `isco.sub.<code>`)
 * in their language. Codes are strings because armed forces are "0" and "01".
 */
export const ISCO_MAJOR_GROUPS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

export type IscoMajor = (typeof ISCO_MAJOR_GROUPS)[number];

/** Sub-major groups by major group; a sub-major code always starts with its major group's digit. */
export const ISCO_SUB_MAJOR_GROUPS: Readonly<Record<IscoMajor, readonly string[]>> = {
  '1': ['11', '12', '13', '14'],
  '2': ['21', '22', '23', '24', '25', '26'],
  '3': ['31', '32', '33', '34', '35'],
  '4': ['41', '42', '43', '44'],
  '5': ['51', '52', '53', '54'],
  '6': ['61', '62', '63'],
  '7': ['71', '72', '73', '74', '75'],
  '8': ['81', '82', '83'],
  '9': ['91', '92', '93', '94', '95', '96'],
  '0': ['01', '02', '03'],
};

export function isIscoMajor(code: unknown): code is IscoMajor {
  return typeof code === 'string' && (ISCO_MAJOR_GROUPS as readonly string[]).includes(code);
}

/** The sub-major groups of a major group; empty for anything that is not one. */
export function subMajorGroupsOf(major: unknown): readonly string[] {
  return isIscoMajor(major) ? ISCO_SUB_MAJOR_GROUPS[major] : [];
}

/**
 * The most precise ISCO-08 code the answers give: the sub-major group when it
 * belongs to the major group, else the major group, else nothing.
 */
export function iscoCode(major: unknown, subMajor: unknown): string | undefined {
  if (!isIscoMajor(major)) return undefined;
  return typeof subMajor === 'string' && subMajorGroupsOf(major).includes(subMajor) ? subMajor : major;
}
