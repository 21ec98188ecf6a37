import { userRole } from '@vestnik/db/schema';
import { z } from 'zod';

export const role = z.enum(userRole.enumValues, { message: 'Выберите роль.' });

export const SELF_CHANGE =
  'Свою роль и доступ меняет другой администратор: так нельзя случайно запереть редакцию.';
