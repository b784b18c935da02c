// DisconnectParticipant: disconnects the participant and stops the flow (devguide
// participant-actions-disconnectparticipant). The run ends: Disconnected.
import type { BlockHandler } from '../runtime/outcome.js';

export const disconnectParticipant: BlockHandler = () => ({ branch: { kind: 'end', outcome: 'Disconnected' } });
