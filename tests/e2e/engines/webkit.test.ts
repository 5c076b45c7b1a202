import { coreChecks } from './coreChecks';

coreChecks('webkit');
