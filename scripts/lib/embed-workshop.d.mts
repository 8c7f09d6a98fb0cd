import type { Plugin } from 'vite';
export function embedWorkshopJson(html: string, pageFile: string): string;
export function embedWorkshopJsonPlugin(): Plugin;
