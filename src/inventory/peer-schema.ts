/** A rule's peer as JSON files carry it (reports, journals): one network, group or prefix list. */
import { z } from 'zod';

export const rulePeerSchema = z.union([
  z.object({ cidr: z.string() }),
  z.object({ groupId: z.string() }),
  z.object({ prefixListId: z.string() }),
]);
