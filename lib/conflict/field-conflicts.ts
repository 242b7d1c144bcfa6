/** One field of a record in a save conflict, each side as the text the form holds (or shows). */
export type FieldSides = {
  /** As this editor read it; undefined when the read record is not known (then only theirs vs mine is compared). */
  read?: string;
  /** As the other editor saved it. */
  theirs: string;
  /** As this editor typed it. */
  mine: string;
};

/** A field worth showing in the conflict view: theirs beside mine, and who changed it since the read. */
export type ConflictRow<F extends string> = { field: F; theirs: string; mine: string; isTheirChange: boolean; isMyChange: boolean };

/**
 * The fields to show when a save meets a newer version: those the other editor changed since this one read
 * the record, and those where this editor's text differs from theirs, in `order`. Fields equal on all sides
 * are left out (nothing to decide there).
 *
 * @example
 * conflictRows({ note: { read: '', theirs: 'late', mine: '' }, positives: { read: '0', theirs: '0', mine: '2' } }, ['positives', 'note'])
 * // → [{ field: 'positives', theirs: '0', mine: '2', isTheirChange: false, isMyChange: true },
 * //    { field: 'note', theirs: 'late', mine: '', isTheirChange: true, isMyChange: false }]
 */
export function conflictRows<F extends string>(sides: Record<F, FieldSides>, order: readonly F[]): ConflictRow<F>[] {
  return order
    .map((field) => {
      const { read, theirs, mine } = sides[field];
      const isTheirChange = read !== undefined && read !== theirs;
      const isMyChange = read === undefined ? mine !== theirs : mine !== read;
      return { field, theirs, mine, isTheirChange, isMyChange };
    })
    .filter((row) => row.isTheirChange || row.mine !== row.theirs);
}
