// Speaker colours, shared by page highlights and popup cards so a speaker's
// card matches their highlights. Okabe–Ito hues: they stay distinguishable
// for common colour-vision deficiencies. Stored as "r, g, b" so CSS can vary
// the alpha (rgba(var(--whosaid-colour), 0.22)).

export const SPEAKER_COLOURS = [
  '230, 159, 0', '86, 180, 233', '0, 158, 115', '204, 121, 167',
  '0, 114, 178', '213, 94, 0', '240, 228, 66', '153, 153, 153',
] as const;

export const UNATTRIBUTED_COLOUR = '153, 153, 153';

export function speakerColour(speakerIndex: number | undefined): string {
  return speakerIndex === undefined ? UNATTRIBUTED_COLOUR : SPEAKER_COLOURS[speakerIndex % SPEAKER_COLOURS.length]!;
}
