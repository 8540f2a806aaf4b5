/**
 * `web/regionalsettings` and `web/regionalsettings/timezone`: where SharePoint exposes the site's
 * time zone (PnPjs `sp.web.regionalSettings.timeZone()`, @pnp/sp/regional-settings; the URL is
 * the one PnP Core SDK maps SP.TimeZone to, and the one clients read the bias from in
 * SharePoint/sp-dev-docs#6083). Kept minimal: the time zone is what the simulator models.
 */
import { allow, Ctx, json } from '../context';
import { errors } from '../errors';
import { timeZoneInfo } from '../model/siteTime';
import { Entity, entityBody } from '../odata/format';
import { Segment, SimResponse } from '../request';

function timeZoneEntity(ctx: Ctx): Entity {
  return {
    type: 'SP.TimeZone',
    uri: `${ctx.webUrl}/_api/web/regionalsettings/timezone`,
    editLink: 'web/regionalsettings/timezone',
    props: timeZoneInfo(ctx.core.timeZone),
  };
}

function regionalSettingsEntity(ctx: Ctx): Entity {
  return {
    type: 'SP.RegionalSettings',
    uri: `${ctx.webUrl}/_api/web/regionalsettings`,
    editLink: 'web/regionalsettings',
    // SP.RegionalSettings has many more properties (locale, separators, work days); the simulator
    // models none of them, so it shows none rather than invent values.
    props: {},
    nav: { TimeZone: () => timeZoneEntity(ctx) },
  };
}

export function routeRegionalSettings(ctx: Ctx, rest: Segment[]): SimResponse {
  if (rest.length === 0) {
    allow(ctx, 'SP.RegionalSettings', 'GET');
    // The metadata set name is a guess (SharePoint names these sets irregularly).
    return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.RegionalSettings', regionalSettingsEntity(ctx), ctx.query.projection, ctx.fmt));
  }
  const [s, ...more] = rest;
  if (s.lower !== 'timezone' || more.length > 0) throw errors.invalidExpression(`regionalsettings/${rest.map((x) => x.text).join('/')}`);
  allow(ctx, 'SP.TimeZone', 'GET');
  // `SP.ApiData.TimeZones/@Element` is the metadata a real SharePoint Online answer carries.
  return json(ctx, entityBody(ctx.webUrl, 'SP.ApiData.TimeZones', timeZoneEntity(ctx), ctx.query.projection, ctx.fmt));
}
