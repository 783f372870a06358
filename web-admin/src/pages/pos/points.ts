// Points as a tender: the programme's rules as the POS states them (what the points pay comes from the API).

export interface PointsProgramme {
  redeemPointsPerYuan: number;
  redeemMinPoints: number;
  redeemMaxSharePct: number;
}

/** "100 分抵 ¥1，每笔最少 500 分，最多抵扣应付的 50%". */
export function pointsRulesText(programme: PointsProgramme): string {
  return `${programme.redeemPointsPerYuan.toLocaleString("zh-CN")} 分抵 ¥1，每笔最少 `
    + `${programme.redeemMinPoints.toLocaleString("zh-CN")} 分，最多抵扣应付的 ${programme.redeemMaxSharePct}%`;
}
