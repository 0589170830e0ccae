import sharp from 'sharp';

// No operation cache: every import reads a file once, and the cache would hold file handles
// open (Windows cannot rename or delete an open file) and grow the process's memory.
sharp.cache(false);

/** sharp, configured once for the whole process. */
export { sharp };
