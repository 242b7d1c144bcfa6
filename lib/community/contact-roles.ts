import type { UserRole } from '@/lib/db/schema';

/**
 * Who may change a community's service numbers and grid workers: staff, and admins (who set communities
 * up). Officials read them on the staff page; the public reads them on the card.
 */
export const CONTACT_EDIT_ROLES: readonly UserRole[] = ['staff', 'admin'];
