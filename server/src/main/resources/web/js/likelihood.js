// The ICD 203 probability bands, as dev.standpoint.core.model.Likelihood defines them.
export const BANDS = {
  ALMOST_NO_CHANCE: {label: 'almost no chance', low: 0.01, high: 0.05},
  VERY_UNLIKELY: {label: 'very unlikely', low: 0.05, high: 0.20},
  UNLIKELY: {label: 'unlikely', low: 0.20, high: 0.45},
  ROUGHLY_EVEN: {label: 'roughly even chance', low: 0.45, high: 0.55},
  LIKELY: {label: 'likely', low: 0.55, high: 0.80},
  VERY_LIKELY: {label: 'very likely', low: 0.80, high: 0.95},
  ALMOST_CERTAIN: {label: 'almost certain', low: 0.95, high: 0.99},
};

export function band(name) {
  return BANDS[name] || {label: String(name || '').toLowerCase().replace(/_/g, ' '), low: 0, high: 1};
}

export function bandText(name) {
  const b = band(name);
  return `${b.label} (${Math.round(b.low * 100)}–${Math.round(b.high * 100)}%)`;
}
