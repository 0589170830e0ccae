import { progressShare } from './progress';
import './ProgressBar.css';

/**
 * A determinate bar once the total is known, an indeterminate stripe before: the progress of
 * an export, a bundle upload or import. `text` is what a screen reader announces and what shows
 * under the bar ("1.200 dari 10.000 baris").
 */
export function ProgressBar({
  label,
  done,
  total,
  text,
}: {
  label: string;
  done: number;
  total: number;
  text: string;
}) {
  const share = progressShare(done, total);
  return (
    <>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total > 0 ? total : undefined}
        aria-valuenow={share === null ? undefined : done}
        aria-valuetext={text}
      >
        <div
          className={`progress-bar__fill${share === null ? ' progress-bar__fill--unknown' : ''}`}
          style={share === null ? undefined : { width: `${Math.round(share * 100)}%` }}
        />
      </div>
      <p className="progress-bar__text">{text}</p>
    </>
  );
}
