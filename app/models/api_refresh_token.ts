import { ApiRefreshTokenSchema } from '#database/schema'

export default class ApiRefreshToken extends ApiRefreshTokenSchema {}
