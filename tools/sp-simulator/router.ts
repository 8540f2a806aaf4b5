/**
 * Dispatches `_api/<segments>` to the handlers. `$batch` is handled by the simulator itself,
 * because its parts come back through here.
 */
import { Ctx } from './context';
import { errors } from './errors';
import { Segment, SimResponse } from './request';
import { routeLists } from './handlers/lists';
import { contextInfo, routeSite, routeWeb } from './handlers/web';

export function route(ctx: Ctx, segs: Segment[]): SimResponse {
  if (segs.length === 0) throw errors.resourceNotFound('_api');
  const [head, ...rest] = segs;
  switch (head.lower) {
    case 'web': return routeWeb(ctx, rest);
    case 'site': return routeSite(ctx, rest);
    case 'contextinfo':
      if (rest.length > 0) throw errors.invalidExpression(segs.map((s) => s.text).join('/'));
      return contextInfo(ctx);
    // `_api/lists` is SharePoint shorthand for `_api/web/lists`.
    case 'lists': return routeLists(ctx, head, rest);
    default: throw errors.resourceNotFound(head.text);
  }
}
