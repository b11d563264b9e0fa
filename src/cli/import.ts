import type { Command } from './io.js';
export const importCommand: Command = { usage: 'Usage: citequiz import', run: async () => 2 };
