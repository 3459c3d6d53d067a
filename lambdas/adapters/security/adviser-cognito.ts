import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { JwtExpiredError } from 'aws-jwt-verify/error';
import { identityFromClaims, type AdviserIdentity, type AdviserVerifier, type TokenProblem } from './adviser-identity';

/**
 * Verifies Cognito ID tokens for the advisers' user pool (signature against
 * the pool's JWKS, issuer, audience = the console's app client, expiry).
 * API Gateway's JWT authorizer checks the same; the function checks again so
 * it never trusts a request that reached it another way.
 */
export class CognitoAdviserVerifier implements AdviserVerifier {
  private readonly verifier;

  constructor(options: { userPoolId: string; clientId: string }) {
    this.verifier = CognitoJwtVerifier.create({ userPoolId: options.userPoolId, clientId: options.clientId, tokenUse: 'id' });
  }

  async verify(token: string): Promise<AdviserIdentity | TokenProblem> {
    try {
      return identityFromClaims(await this.verifier.verify(token));
    } catch (error) {
      if (error instanceof JwtExpiredError) return 'expired';
      return 'forged';
    }
  }
}
