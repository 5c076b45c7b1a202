import { coreChecks } from './coreChecks';

coreChecks('firefox');
