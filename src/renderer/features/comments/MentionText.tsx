import { mentionSegments, type MentionablePerson } from '../../../shared/domain/mentions';

/** A comment's text with the names it mentions highlighted. */
export function MentionText({ text, people }: { text: string; people: MentionablePerson[] }) {
  return (
    <>
      {mentionSegments(text, people).map((segment, index) =>
        'personId' in segment ? (
          <mark key={index} className="mention">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
