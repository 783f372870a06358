// Points as a tender: what the identified member holds, and what the programme (from the API) says they are worth.

export interface PointsProgramme {
  redeemPointsPerYuan: number;
  redeemMinPoints: number;
  redeemMaxSharePct: number;
}

/** The most money `balance` points pay at the programme's rate (a part of a fen is never paid). */
export function pointsValueFen(balance: number, programme: PointsProgramme): number {
  if (programme.redeemPointsPerYuan <= 0 || balance <= 0) return 0;
  return Math.floor((balance * 100) / programme.redeemPointsPerYuan);
}

/** "100 分抵 ¥1，每笔最少 500 分，最多抵扣应付的 50%". */
export function pointsRulesText(programme: PointsProgramme): string {
  return `${programme.redeemPointsPerYuan.toLocaleString("zh-CN")} 分抵 ¥1，每笔最少 `
    + `${programme.redeemMinPoints.toLocaleString("zh-CN")} 分，最多抵扣应付的 ${programme.redeemMaxSharePct}%`;
}
