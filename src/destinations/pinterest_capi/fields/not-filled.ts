// Pinterest keys the project deliberately does not fill, each with the reason (SPEC §6); custom mappings may still set them.

export const NOT_FILLED: Readonly<Record<string, string>> = {
  'custom_data.np':
    'Pinterest: “for Pinterest internal use only … do not use this unless specifically guided”',
  'custom_data.external_measurement_id': 'Pinterest: “only use when instructed”; no CDP field carries it',
  'custom_data.external_measurement_vendor_id':
    'Pinterest: “only use when instructed”; no CDP field carries it',
  'app_info.app_store': 'no standard CDP context field names the store an app was installed from',
  'app_info.user_agent': 'would repeat user_data.client_user_agent (SPEC §6.1)',
  'device_info.languages': 'would repeat the event’s language (SPEC §6.1)',
  'device_info.form_factor':
    'CDP contexts carry a device type, not Pinterest’s form factors; guessing would mislabel',
  'device_info.os_name':
    'context.os.name is the OS family (os_family); Pinterest’s os_name is a short version name',
  'device_info.os_release_name': 'no standard CDP context field carries the marketing release name',
  'device_info.kernel_version': 'no standard CDP context field carries the kernel version',
  'device_info.timezone_abbr': 'CDP contexts carry the IANA time zone (timezone), not its abbreviation',
  'device_info.battery_level': 'no standard CDP context field carries it',
  'device_info.cpu_cores': 'no standard CDP context field carries it',
  'device_info.storage_size': 'no standard CDP context field carries it',
  'device_info.storage_free_space': 'no standard CDP context field carries it',
  'device_info.external_storage_size': 'no standard CDP context field carries it',
  'device_info.external_storage_free_space': 'no standard CDP context field carries it',
};
