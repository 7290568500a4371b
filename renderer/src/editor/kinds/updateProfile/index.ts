import { UserPen } from 'lucide-react';
import { UpdateProfileForm } from './form';
import { UpdateProfileBody } from './view';
import type { KindUi } from '../kind-ui';

export const updateProfileUi: KindUi<'updateProfile'> = {
  Icon: UserPen,
  Body: UpdateProfileBody,
  Form: UpdateProfileForm,
};
