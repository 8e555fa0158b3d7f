/** Version of the kit, stamped on every element class so duplicate copies on one page can be told apart. */
export const KIT_VERSION = '0.1.0';
