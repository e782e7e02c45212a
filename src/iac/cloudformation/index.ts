/** CloudFormation templates as a rule source (see edit.ts). */
export { editCloudFormation, type CloudFormationEditInput } from './edit.js';
export { readStackResources, type StackResource } from './stack-resources.js';
