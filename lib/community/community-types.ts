/** A community's public properties on the map (the feature id is the community id). */
export type CommunityProperties = { code: string; name: string; district: string; population: number | null };

/** A grid cell's properties on the map, with its responsible worker. */
export type GridCellProperties = { communityId: number; communityCode: string; name: string; worker: string | null; workerPhone: string | null };
