// How a run ended, in one line for the status area.
import type { RunEnd } from '../runtime/state.js';

export function endText(end: RunEnd): string {
  switch (end.outcome) {
    case 'Disconnected':
      return 'Disconnected: the contact was disconnected';
    case 'Transferred':
      if (end.queue) return `Transferred: the contact went to queue ${end.queue}`;
      return end.flow ? `Transferred to flow ${end.flow} (not loaded: pass it with --flows)` : 'Transferred';
    case 'Ended':
      return 'Ended: the flow ended';
    case 'Error':
      return end.error ? `Error ${end.error.code}: ${end.error.message}` : 'Error';
  }
}
