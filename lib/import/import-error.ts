/** A problem with one feature or line of an import file; nothing of the file is saved. */
export class ImportError extends Error {
  constructor(
    message: string,
    /** 1-based feature number in a FeatureCollection, when the problem is in one feature. */
    readonly feature?: number,
  ) {
    super(feature === undefined ? message : `feature ${feature}: ${message}`);
    this.name = 'ImportError';
  }
}
