// The event being built: its five required keys first, in one plain object made by a constructor (no allocation
// site: the router keeps its events until it returns, and V8 would pretenure a literal's; speed/plain.ts).
import type { EventDraft } from './wire';

type RequiredKeys = Pick<
  EventDraft,
  'event_name' | 'action_source' | 'event_time' | 'event_id' | 'user_data'
>;

function Draft(
  this: RequiredKeys,
  event_name: RequiredKeys['event_name'],
  action_source: RequiredKeys['action_source'],
  event_time: RequiredKeys['event_time'],
  event_id: RequiredKeys['event_id'],
  user_data: RequiredKeys['user_data'],
) {
  this.event_name = event_name;
  this.action_source = action_source;
  this.event_time = event_time;
  this.event_id = event_id;
  this.user_data = user_data;
}
Draft.prototype = Object.prototype;

/** `new Draft(...)` holds every key an EventDraft requires; the tables fill the optional ones. */
export const NewDraft = Draft as unknown as new (...keys: Parameters<typeof Draft>) => EventDraft;
