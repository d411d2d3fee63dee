"""What can go wrong while syncing, as typed errors with a code and a Chinese message.

The engine and the scheduler decide by type (``Offline`` and ``ServerError`` are retried, ``AuthError``
stops until someone re-enrols, ``Rejected`` quarantines); the UI shows ``message``. Codes are stable;
messages come from ``SYNC_MESSAGES`` (the sync part of the error catalog).
"""

from __future__ import annotations

from typing import Any

SYNC_MESSAGES: dict[str, str] = {
    "sync.offline": "无法连接县级服务器（网络不通或服务器未启动），稍后会自动重试",
    "sync.timeout": "连接县级服务器超时（网络太慢或中断），稍后会自动重试",
    "sync.dropped": "与县级服务器的连接中途断开，稍后会自动重试",
    "sync.server_error": "县级服务器暂时出错（{status}），稍后会自动重试",
    "sync.server_busy": "县级服务器繁忙（{status}），稍后会自动重试",
    "sync.protocol": "县级服务器的应答无法识别，请确认服务器版本",
    "sync.auth": "本设备的授权无效或已被撤销，请联系县级管理员重新登记设备",
    "sync.too_large": "一次发送的数据超过服务器上限，将拆成小批重试",
    "sync.rejected": "服务器拒绝了请求：{reason}",
    "sync.tls": "无法验证县级服务器的证书，请检查服务器地址和配置的CA证书：{reason}",
    "sync.insecure_url": "服务器地址必须以https://开头（明文http只允许连接本机，或在设置中明确允许）",
    "sync.bad_url": "服务器地址“{value}”无效",
    "sync.ca_missing": "找不到CA证书文件{value}",
    "sync.not_enrolled": "本设备尚未在县级服务器登记，请先执行“同步登记”",
    "sync.token_missing": "密钥环中找不到本设备的同步令牌，请重新登记设备",
    "sync.enroll_mismatch": "服务器分配的设备号（{value}）与本机不一致，登记未完成",
    "sync.township_mismatch": "本机数据属于乡镇{mine}，不能登记为乡镇{theirs}的设备",
    "sync.busy": "另一次同步正在进行",
    "sync.internal": "同步出错：{reason}",
    "sync.cancelled": "同步已中止",
}


def sync_message(code: str, **params: Any) -> str:
    template = SYNC_MESSAGES.get(code, code)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


class SyncError(Exception):
    """Base of every sync failure: ``code`` for programs, ``message`` (Chinese) for people."""

    default_code = "sync.offline"
    #: what a failed run had done before the failure (``SyncEngine.run`` attaches its ``SyncReport``)
    report: Any = None

    def __init__(self, code: str | None = None, message: str | None = None, **params: Any) -> None:
        self.code = code or self.default_code
        self.params = params
        self.message = message or sync_message(self.code, **params)
        super().__init__(self.message)


class Offline(SyncError):
    """No answer: connection refused, DNS failure, timeout, connection dropped mid-request or mid-response."""

    default_code = "sync.offline"

    @property
    def timeout(self) -> bool:
        return self.code == "sync.timeout"


class ServerError(SyncError):
    """The server (or a proxy in front of it) failed: 5xx, 408/429, or an answer we cannot read.

    ``retry_after``: the seconds the server asked to wait (``Retry-After``), None when it did not say."""

    default_code = "sync.server_error"

    def __init__(
        self,
        code: str | None = None,
        message: str | None = None,
        *,
        status: int = 0,
        retry_after: float | None = None,
    ) -> None:
        self.status = status
        self.retry_after = retry_after
        super().__init__(code, message, status=status)


class Rejected(SyncError):
    """A 4xx answer with an ``ErrorBody``: the request itself is refused; retrying it unchanged is useless."""

    default_code = "sync.rejected"

    def __init__(
        self,
        code: str | None = None,
        message: str | None = None,
        *,
        status: int = 400,
        details: list[dict[str, Any]] | None = None,
    ) -> None:
        self.status = status
        self.details = details or []
        super().__init__(code, message, reason=message or code or "")


class AuthError(Rejected):
    """401: the device token is unknown, wrong or revoked."""

    default_code = "sync.auth"

    def __init__(self, code: str | None = None, message: str | None = None, *, status: int = 401) -> None:
        super().__init__(code or "sync.auth", message or sync_message("sync.auth"), status=status)


class TooLarge(Rejected):
    """413: the body is over the server's limit; the batch must be split."""

    default_code = "sync.too_large"

    def __init__(self, code: str | None = None, message: str | None = None, *, status: int = 413) -> None:
        super().__init__(code or "sync.too_large", message or sync_message("sync.too_large"), status=status)


class ConfigError(SyncError):
    """The sync settings are unusable (plain http to a remote host, a missing CA file, not enrolled …)."""

    default_code = "sync.bad_url"


class TlsError(SyncError):
    """The server's certificate could not be verified (wrong CA configured, wrong host name, or an impostor)."""

    default_code = "sync.tls"
