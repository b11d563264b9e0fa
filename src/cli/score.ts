import type { Command } from './io.js';
export const scoreCommand: Command = { usage: 'Usage: citequiz score', run: async () => 2 };
