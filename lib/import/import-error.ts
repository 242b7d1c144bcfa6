import { AppError, type LocalizedText } from '@/lib/errors/app-error';
import { problemText, type Problem } from '@/lib/errors/problem';

/**
 * A problem with one feature or line of an import file; nothing of the file is saved. Coded
 * `import.feature-invalid` { feature, reason } or `import.file-invalid` { reason }; the reason is in both
 * languages when it comes from a coded problem, and in English as written otherwise (database and CLI details).
 */
export class ImportError extends AppError {
  readonly reason: LocalizedText;

  constructor(
    reason: string | Problem | LocalizedText,
    /** 1-based feature number in a FeatureCollection, when the problem is in one feature. */
    readonly feature?: number,
    /** The zone a coded problem's instants are written in. */
    timeZone?: string,
  ) {
    const text = typeof reason === 'string' ? { 'zh-CN': reason, en: reason } : 'code' in reason ? problemText(reason, timeZone) : reason;
    super(feature === undefined ? 'import.file-invalid' : 'import.feature-invalid', feature === undefined ? { reason: text } : { feature, reason: text });
    this.reason = text;
    this.message = feature === undefined ? text.en : `feature ${feature}: ${text.en}`;
    this.name = 'ImportError';
  }
}
