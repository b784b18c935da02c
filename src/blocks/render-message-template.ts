// RenderMessageTemplate: renders an Amazon Q in Connect message template for the Send message block
// (admin guide send-message; no flow-language page). Not rendered by cfsim; NextAction unless mocked
// (mocks.results: {error: TemplateRenderingError}).
import type { BlockHandler } from '../runtime/outcome.js';
import { lastSegment, textParam } from './common.js';
import { successUnlessMocked } from './not-simulated-call.js';

export const renderMessageTemplate: BlockHandler = (action, contact, context) => {
  // …:message-template/<knowledge base id>/<template id>:$ACTIVE_VERSION → the template id.
  const template = textParam(action, contact, 'WisdomMessageTemplateArn')?.replace(/:\$[A-Z_]+$/, '');
  return successUnlessMocked(action, context, `message template ${template ? lastSegment(template) : '(none)'} not rendered`);
};
