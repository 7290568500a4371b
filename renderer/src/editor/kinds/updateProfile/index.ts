import { UpdateProfileForm } from './form';
import { UpdateProfileBody } from './view';
import type { KindUi } from '../kind-ui';

export const updateProfileUi: KindUi<'updateProfile'> = {
  iconPath: 'M10 2l4 4-8 8H2v-4z M8 4l4 4',
  Body: UpdateProfileBody,
  Form: UpdateProfileForm,
};
