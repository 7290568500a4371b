export * from './contract';
export * from './define';
export * from './entities';
export * from './errors';
export * from './dispatch';
export * from './client';
export * from './bridge';
export * from './audience-services';
