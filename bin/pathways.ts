import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PathwaysStack } from '../lib/pathways-stack';

const app = new App();
new PathwaysStack(app, 'PathwaysStack');
// Any unacknowledged AWS Solutions finding fails synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
