import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { BRIDGE_GLOBAL } from '../../shared/contract/bridge';
import { createPreloadBridge } from './bridge';

// The page sees exactly one global; contextBridge copies the functions, never ipcRenderer itself.
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createPreloadBridge(ipcRenderer, webUtils));
