import type { Command } from './io.js';
export const exportCommand: Command = { usage: 'Usage: citequiz export', run: async () => 2 };
