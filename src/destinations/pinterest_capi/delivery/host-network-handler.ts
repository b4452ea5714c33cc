// rudder-transformer's delivery hook: its proxy loads `networkHandler` from the destination's networkHandler.js.
import { sendBatch, type Answer, type ProxyRequest } from './proxy';
import { handleDeliveryResponse, type DeliveryOutput, type DeliveryResponseInput } from './response';

interface HostNetworkHandler {
  prepareProxy(request: ProxyRequest): ProxyRequest;
  proxy(request: ProxyRequest, destType?: string): Promise<Answer>;
  processAxiosResponse(answer: Answer): Answer;
  responseHandler(params: DeliveryResponseInput): DeliveryOutput;
}

/**
 * The host calls `new networkHandler()`, then proxy → processAxiosResponse → responseHandler: all three are ours,
 * so delivery through the host behaves exactly like this project's own proxy route (SPEC §9).
 */
export function networkHandler(this: HostNetworkHandler): void {
  this.prepareProxy = (request) => request;
  this.proxy = (request) => sendBatch(request);
  this.processAxiosResponse = (answer) => answer;
  this.responseHandler = (params) => handleDeliveryResponse(params);
}
