import { Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import type * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';

export interface StaticSiteParts {
  distribution: cloudfront.Distribution;
  deployRole: iam.Role;
  siteBucket: s3.Bucket;
  deployment: s3deploy.BucketDeployment;
}

/** cdk-nag findings on the static site, each acknowledged by its exact id with the reason it does not apply. */
export function acknowledgeStaticSite({ distribution, deployRole, siteBucket, deployment }: StaticSiteParts): void {
  Validations.of(distribution).acknowledge(
    {
      id: 'AwsSolutions-CFR1',
      reason: 'Refugees and the helpers who share these links are in every region, often in transit; a geographic restriction would cut off exactly the people the service is for.',
    },
    {
      id: 'AwsSolutions-CFR2',
      reason:
        'The distribution serves public, static pages and passes only /s/*, /v3/* and /health to the HTTP API, which has its own stage throttling; the web chat also limits new conversations per network. A WAF web ACL is a per-deployment cost decision for operators (attach one with webAclId), not a default.',
    },
    {
      id: 'AwsSolutions-CFR3',
      reason:
        'CloudFront standard logs always record the viewer IP address; the project does not collect refugees\u2019 addresses (see the API access-log format). Usage is measured by the anonymous share counters and CloudWatch metrics instead.',
    },
    {
      id: 'AwsSolutions-CFR4',
      reason:
        'Without a custom domain the distribution uses the *.cloudfront.net certificate, whose security policy CloudFront fixes (TLSv1 minimum) and which cannot be changed; deployments with their own domain and ACM certificate should set minimumProtocolVersion TLSv1.2_2021.',
    },
  );
  Validations.of(deployRole).acknowledge(
    ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => ({
      id: `AwsSolutions-IAM5[Action::${action}]`,
      reason: `Written by BucketDeployment's grants: ${action} on the CDK asset bucket (read the built site) and the site bucket (replace its files, prune deleted ones) only.`,
    })),
    {
      id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
      reason: "Read access to the CDK bootstrap asset bucket's objects, where the built site's zip is uploaded at deploy; granted by BucketDeployment.",
    },
    {
      id: `AwsSolutions-IAM5[Resource::<${Stack.of(siteBucket).getLogicalId(siteBucket.node.defaultChild as CfnElement)}.Arn>/*]`,
      reason: 'Write access to the objects of the site bucket itself (the deployment replaces every file); granted by BucketDeployment.',
    },
    {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'cloudfront:CreateInvalidation and GetInvalidation (to refresh cached pages after a deploy) do not support resource-level permissions.',
    },
  );
  // BucketDeployment's handler is a singleton at stack level, running CDK's own Python code and AWS CLI layer.
  for (const child of Stack.of(deployment).node.children.filter((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'))) {
    Validations.of(child).acknowledge({
      id: 'AwsSolutions-L1',
      reason: 'The runtime of BucketDeployment\u2019s handler is chosen by aws-cdk-lib with its bundled AWS CLI layer; it moves with CDK upgrades and runs only during deployments.',
    });
  }
}
