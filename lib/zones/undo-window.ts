/** How long a lift or lifecycle step can be undone from the zone list (the undo is itself audited). */
export const ZONE_UNDO_MINUTES = 10;
