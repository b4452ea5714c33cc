// Pinterest keys the project deliberately does not fill, each with the reason (SPEC §6); custom mappings may still set them.

export const NOT_FILLED: Readonly<Record<string, string>> = {
  app_info: 'not mapped yet: Pinterest’s newer app object (SPEC §6.1)',
  device_info: 'not mapped yet: Pinterest’s newer device object (SPEC §6.1)',
  'user_data.partner_id': 'not mapped yet (SPEC §6.2)',
  'custom_data.content_name': 'not mapped yet (SPEC §6.4)',
  'custom_data.content_brand': 'not mapped yet (SPEC §6.4)',
  'custom_data.predicted_ltv': 'not mapped yet (SPEC §6.4)',
  'custom_data.np':
    'Pinterest: “for Pinterest internal use only … do not use this unless specifically guided”',
  'custom_data.external_measurement_id': 'Pinterest: “only use when instructed”; no CDP field carries it',
  'custom_data.external_measurement_vendor_id':
    'Pinterest: “only use when instructed”; no CDP field carries it',
};
