/** A warning (not a refusal) under a public field whose text looks like it holds personal data. */
export function PersonalDataWarning({ text, message, warningOf }: { text: string; message: string; warningOf: (text: string) => string | null }) {
  const reason = warningOf(text);
  return reason ? (
    <p className="form-warning" role="status" data-testid="personal-data-warning">
      {message.replace('{reason}', reason)}
    </p>
  ) : null;
}
